package io.ticketflow.notification;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.ticketflow.security.CurrentUser;
import io.ticketflow.security.Roles;
import io.ticketflow.system.NotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The language a member of staff reads their notifications in: their own to set, or an admin's for anyone. */
@RestController
@Validated
@RequestMapping("/api/users/{userId}/language")
@Tag(name = "Notifications", description = "The outbox: what was or will be sent to whom, with delivery status")
class StaffLanguageController {

    private final IdentityService identity;
    private final Recipients recipients;

    StaffLanguageController(IdentityService identity, Recipients recipients) {
        this.identity = identity;
        this.recipients = recipients;
    }

    record Language(@NotNull @Pattern(regexp = "zh|en", message = "must be zh or en") String language) {
    }

    @GetMapping
    @Operation(summary = "The language the user's notifications are written in (their own, or an admin's for anyone)")
    Language get(@PathVariable String userId) {
        return new Language(recipients.languageOf(allowed(userId)));
    }

    @PutMapping
    @Operation(summary = "Sets the language (zh or en) of the user's notifications: their own, or an admin's for "
            + "anyone")
    Language set(@PathVariable String userId, @Valid @RequestBody Language language) {
        identity.setUserInfo(allowed(userId), Recipients.LANGUAGE_INFO, language.language());
        return language;
    }

    /** The user, when it is the caller or the caller is an admin and the user exists; 404 otherwise. */
    private String allowed(String userId) {
        CurrentUser caller = CurrentUser.get();
        boolean mayAct = caller.userId().equals(userId) || caller.isMemberOf(Roles.ADMIN);
        if (!mayAct || identity.createUserQuery().userId(userId).count() == 0) {
            throw new NotFoundException("User", userId);
        }
        return userId;
    }
}
