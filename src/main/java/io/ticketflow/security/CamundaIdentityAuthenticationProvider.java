package io.ticketflow.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user name and password against Camunda's identity service — the one user store that our API, the engine
 * REST API and the Camunda webapps share. Role groups become {@code ROLE_*} authorities; every group, team or
 * role, also becomes a {@code GROUP_<id>} authority. HTTP Basic and the form log-in both come here, and both pass
 * the {@link LoginThrottle} first, keyed on the client address and the name given (existing or not), so an unknown
 * name and a wrong password are answered alike.
 */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    /** The key of requests without web details (none of ours, but the provider does not rely on it). */
    private static final String UNKNOWN_ADDRESS = "unknown";

    private final IdentityService identityService;
    private final LoginThrottle throttle;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, LoginThrottle throttle) {
        this.identityService = identityService;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName() == null ? "" : authentication.getName();
        Object credentials = authentication.getCredentials();
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                && web.getRemoteAddress() != null ? web.getRemoteAddress() : UNKNOWN_ADDRESS;
        throttle.admit(userId, address);
        if (userId.isBlank() || credentials == null
                || !identityService.checkPassword(userId, credentials.toString())) {
            throttle.failed(userId, address);
            throw new BadCredentialsException("Bad credentials");
        }
        throttle.succeeded(userId, address);
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authoritiesOf(userId));
    }

    private List<GrantedAuthority> authoritiesOf(String userId) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        for (Group group : identityService.createGroupQuery().groupMember(userId).list()) {
            authorities.add(new SimpleGrantedAuthority(CurrentUser.GROUP_AUTHORITY_PREFIX + group.getId()));
            String role = Roles.roleOf(group.getId());
            if (role != null) {
                authorities.add(new SimpleGrantedAuthority("ROLE_" + role));
            }
        }
        return authorities;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
