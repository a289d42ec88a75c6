package io.ticketflow.system;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Text people typed: no control characters (Unicode category Cc — NUL, escape, backspace, DEL, C1 ...). Single-line
 * text (subjects, names, titles) allows none; {@code multiLine} text (descriptions, messages, comments) allows tab,
 * carriage return and line feed. {@code null} is valid (say {@code @NotBlank} where a value is required).
 */
@Documented
@Constraint(validatedBy = PlainText.Validator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface PlainText {

    boolean multiLine() default false;

    String message() default "must not contain control characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks a {@link PlainText} value. */
    class Validator implements jakarta.validation.ConstraintValidator<PlainText, CharSequence> {

        private boolean multiLine;

        @Override
        public void initialize(PlainText annotation) {
            multiLine = annotation.multiLine();
        }

        @Override
        public boolean isValid(CharSequence value, jakarta.validation.ConstraintValidatorContext context) {
            if (value == null || isPlain(value, multiLine)) {
                return true;
            }
            if (multiLine) {
                context.disableDefaultConstraintViolation();
                context.buildConstraintViolationWithTemplate(
                        "must not contain control characters other than tab and line breaks").addConstraintViolation();
            }
            return false;
        }

        /** Whether the text has no control character (but tab, CR and LF when {@code multiLine}). */
        public static boolean isPlain(CharSequence text, boolean multiLine) {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.getType(c) == Character.CONTROL
                        && !(multiLine && (c == '\t' || c == '\n' || c == '\r'))) {
                    return false;
                }
            }
            return true;
        }
    }
}
