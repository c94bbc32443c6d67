package com.weighttracker.teams.application;

import java.time.Clock;
import java.util.UUID;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.BlobKey;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.shared.application.port.in.ImageContent;
import com.weighttracker.shared.application.port.in.ImageUpload;
import com.weighttracker.teams.application.port.in.ManageTeamAvatarUseCase;
import com.weighttracker.teams.application.port.in.TeamView;
import com.weighttracker.teams.application.port.out.MemberRepository;
import com.weighttracker.teams.application.port.out.TeamRepository;
import com.weighttracker.teams.domain.TeamAction;
import com.weighttracker.teams.domain.TeamAvatar;
import com.weighttracker.teams.domain.TeamRejections.TeamHasNoAvatar;

/**
 * Team avatars through the {@link ImageStore}, each upload under a new key: the blob is stored first and the
 * team then points to it; the blob it pointed to before is deleted after the commit. The worst a
 * failure leaves is an unreferenced blob, never a team pointing to nothing.
 */
public final class TeamAvatarService implements ManageTeamAvatarUseCase {

    static final String KEY_PREFIX = "team-avatars";

    private final TeamRepository teams;
    private final TeamLookup access;
    private final ImageStore images;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public TeamAvatarService(TeamRepository teams, MemberRepository members, ImageStore images,
            Transactions transactions, IdGenerator ids, Clock clock) {
        this.teams = teams;
        this.access = new TeamLookup(teams, members);
        this.images = images;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public TeamView replace(UserId editor, UUID teamId, ImageUpload upload) {
        // refuse cheaply before storing anything; the transaction below decides for good
        access.member(editor, teamId).member().require(TeamAction.EDIT_TEAM);
        var key = images.store(upload, TeamAvatar.UPLOAD, BlobKey.of(KEY_PREFIX, teamId, ids.next())).key();
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
            images.discard(key, failure);
            throw failure;
        }
        images.discard(keyOrNull(replaced.previousKey()));
        return replaced.view();
    }

    @Override
    public ImageContent open(UserId viewer, UUID teamId) {
        var team = access.visible(viewer, teamId).team();
        var key = team.avatarKey().orElseThrow(TeamHasNoAvatar::new);
        return images.open(new BlobKey(key), null).orElseThrow(TeamHasNoAvatar::new);
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
        images.discard(keyOrNull(previous));
    }

    private static BlobKey keyOrNull(String key) {
        return key == null ? null : new BlobKey(key);
    }
}
