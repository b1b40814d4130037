package org.reportdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryFlag;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Windows half of owner-only permissions (NTFS ACLs), on a fake ACL view: this machine is
 * Linux, and the code was not run on Windows.
 */
class OwnerOnlyAclTest {

    private record Principal(String getName) implements UserPrincipal {
    }

    /** An ACL as Windows gives a folder in the profile: the owner, SYSTEM, Administrators, and here also Everyone. */
    private static final class FakeAclView implements AclFileAttributeView {
        final UserPrincipal owner = new Principal("PC\\秘书");
        List<AclEntry> acl = new ArrayList<>(List.of(allow(owner), allow(new Principal("NT AUTHORITY\\SYSTEM")),
                allow(new Principal("BUILTIN\\Administrators")), allow(new Principal("Everyone"))));
        int writes;

        @Override public String name() { return "acl"; }
        @Override public UserPrincipal getOwner() { return owner; }
        @Override public void setOwner(UserPrincipal o) { throw new UnsupportedOperationException(); }
        @Override public List<AclEntry> getAcl() { return new ArrayList<>(acl); }

        @Override
        public void setAcl(List<AclEntry> entries) {
            acl = new ArrayList<>(entries);
            writes++;
        }
    }

    private static AclEntry allow(UserPrincipal p) {
        return AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(p)
                .setPermissions(AclEntryPermission.READ_DATA, AclEntryPermission.WRITE_DATA).build();
    }

    @Test
    void aFolderKeepsOneEntryTheOwnerWithEverythingInheritedByWhatIsMadeInIt() throws Exception {
        FakeAclView view = new FakeAclView();
        OwnerOnly.restrictAcl(view, true);
        assertThat(view.acl).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo(AclEntryType.ALLOW);
            assertThat(e.principal().getName()).isEqualTo("PC\\秘书");
            assertThat(e.permissions()).isEqualTo(EnumSet.allOf(AclEntryPermission.class));
            assertThat(e.flags()).containsExactlyInAnyOrder(AclEntryFlag.FILE_INHERIT, AclEntryFlag.DIRECTORY_INHERIT);
        });
    }

    @Test
    void aFileKeepsOnlyTheOwnerAndATightenedOneIsNotWrittenAgain() throws Exception {
        FakeAclView view = new FakeAclView();
        OwnerOnly.restrictAcl(view, false);
        assertThat(view.acl).singleElement().satisfies(e -> {
            assertThat(e.principal()).isEqualTo(view.owner);
            assertThat(e.flags()).isEmpty();
        });
        OwnerOnly.restrictAcl(view, false);
        assertThat(view.writes).isEqualTo(1);
    }
}
