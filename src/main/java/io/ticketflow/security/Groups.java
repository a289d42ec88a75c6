package io.ticketflow.security;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;

/** Creating role and team groups in Camunda's identity service, the one place users and groups live. */
public final class Groups {

    private Groups() {
    }

    /** Creates the group unless it exists; an existing group is left as an admin may have changed it. */
    public static void ensure(IdentityService identityService, String id, String name, String type) {
        if (identityService.createGroupQuery().groupId(id).count() == 0) {
            Group group = identityService.newGroup(id);
            group.setName(name);
            group.setType(type);
            identityService.saveGroup(group);
        }
    }
}
