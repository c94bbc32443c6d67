package com.weighttracker.teams.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.UUID;

import com.weighttracker.shared.ImageFormat;
import com.weighttracker.shared.NotFoundException;
import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.BlobStorage;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.teams.application.port.in.AvatarContent;
import com.weighttracker.teams.application.port.in.AvatarUpload;
import com.weighttracker.teams.application.port.in.ManageTeamAvatarUseCase;
import com.weighttracker.teams.application.port.in.TeamView;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamAvatar;

/**
 * Team avatars in blob storage, each upload under a new key: the blob is stored first and the
 * team then points to it; the blob it pointed to before is deleted after the commit. The worst a
 * failure leaves is an unreferenced blob, never a team pointing to nothing.
 */
public final class TeamAvatarService implements ManageTeamAvatarUseCase {

    static final String KEY_PREFIX = "team-avatars";

    private final TeamRepository teams;
    private final TeamAccess access;
    private final BlobStorage blobs;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TeamAvatarService(TeamRepository teams, MemberRepository members, BlobStorage blobs,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.teams = teams;
        this.access = new TeamAccess(teams, members);
        this.blobs = blobs;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TeamView replace(UserId editor, UUID teamId, AvatarUpload upload) {
        // refuse cheaply before storing anything; the transaction below decides for good
        access.member(editor, teamId).member().require(TeamAction.EDIT_TEAM);
        var content = read(upload);
        var avatar = TeamAvatar.inspect(content);
        var key = BlobKey.of(KEY_PREFIX, teamId, ids.next());
        blobs.put(key, content, avatar.format().mediaType());
        record Replaced(TeamView view, String previousKey) {
        }
        Replaced replaced;
        try {
            replaced = transactions.inTransaction(() -> {
                var seen = access.lockedMember(editor, teamId);
                var team = seen.team();
                var previous = team.avatarKey().orElse(null);
                team.changeAvatar(seen.member(), key.value(), clock.instant());
                teams.update(team);
                return new Replaced(TeamView.of(team, seen.member().role()), previous);
            });
        } catch (RuntimeException failure) {
            TeamService.discardBlob(blobs, key.value());
            throw failure;
        }
        TeamService.discardBlob(blobs, replaced.previousKey());
        return replaced.view();
    }

    @Override
    public AvatarContent open(UserId viewer, UUID teamId) {
        var team = access.visible(viewer, teamId).team();
        var key = team.avatarKey().orElseThrow(TeamAvatarService::noAvatar);
        var blob = blobs.get(new BlobKey(key)).orElseThrow(TeamAvatarService::noAvatar);
        var extension = ImageFormat.ofMediaType(blob.contentType()).map(ImageFormat::extension).orElse("bin");
        return new AvatarContent(blob.contentType(), extension, blob.size(), blob.content());
    }

    @Override
    public void remove(UserId editor, UUID teamId) {
        var previous = transactions.inTransaction(() -> {
            var seen = access.lockedMember(editor, teamId);
            var team = seen.team();
            var key = team.avatarKey().orElse(null);
            team.changeAvatar(seen.member(), null, clock.instant());
            if (key != null) {
                teams.update(team);
            }
            return key;
        });
        TeamService.discardBlob(blobs, previous);
    }

    /** At most one byte over the limit is read: enough to refuse, never the whole of a huge upload. */
    private static byte[] read(AvatarUpload upload) {
        if (upload.size() > TeamAvatar.MAX_BYTES) {
            throw TeamAvatar.tooLarge();
        }
        try (var in = upload.content().open()) {
            return in.readNBytes((int) TeamAvatar.MAX_BYTES + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the upload", e);
        }
    }

    private static NotFoundException noAvatar() {
        return new NotFoundException("This team has no avatar.");
    }
}
