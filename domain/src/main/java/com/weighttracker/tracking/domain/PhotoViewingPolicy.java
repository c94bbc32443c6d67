package com.weighttracker.tracking.domain;

import com.weighttracker.shared.UserId;

/**
 * Who may see a weigh-in's photos. Today that is the owner alone: nothing shares weigh-ins yet, so
 * the owner's privacy settings have no one to admit. When a sharing context exists (teams), it
 * supplies a policy that also admits whom those settings allow. Adding and removing photos stays
 * the owner's alone, whatever this says. Everyone refused gets "not found", never a hint.
 */
@FunctionalInterface
public interface PhotoViewingPolicy {

    boolean maySee(UserId viewer, UserId owner);

    static PhotoViewingPolicy ownerOnly() {
        return (viewer, owner) -> owner.equals(viewer);
    }
}
