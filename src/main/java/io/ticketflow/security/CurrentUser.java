package io.ticketflow.security;

import java.util.List;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** The authenticated caller: user id and every Camunda group they belong to (roles and teams). */
public record CurrentUser(String userId, List<String> groupIds) {

    static final String GROUP_AUTHORITY_PREFIX = "GROUP_";

    public static CurrentUser get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            throw new IllegalStateException("No authenticated user");
        }
        List<String> groups = authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith(GROUP_AUTHORITY_PREFIX))
                .map(a -> a.substring(GROUP_AUTHORITY_PREFIX.length()))
                .toList();
        return new CurrentUser(authentication.getName(), groups);
    }

    /** The caller's service teams: their groups but the role groups. */
    public List<String> teamIds() {
        return groupIds.stream().filter(group -> !Roles.ALL.contains(group)).toList();
    }

    public boolean isMemberOf(String groupId) {
        return groupIds.contains(groupId);
    }
}
