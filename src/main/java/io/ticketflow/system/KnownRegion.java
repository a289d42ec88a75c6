package io.ticketflow.system;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A region code that {@link KnownRegions} knows; {@code null} is valid (say {@code @NotNull} where it is required). */
@Documented
@Constraint(validatedBy = KnownRegion.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface KnownRegion {

    String message() default "is not a known region";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Created by Spring's validator factory, which hands it the known regions. */
    class Validator implements ConstraintValidator<KnownRegion, String> {

        private final KnownRegions regions;

        public Validator(KnownRegions regions) {
            this.regions = regions;
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null || regions.isKnown(value)) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            // Only codes from the rules folder go into the template, never the value sent.
            context.buildConstraintViolationWithTemplate("is not a known region; known: "
                    + String.join(", ", regions.all())).addConstraintViolation();
            return false;
        }
    }
}
