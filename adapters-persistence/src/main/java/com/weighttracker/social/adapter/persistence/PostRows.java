package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.COMMENTS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

import org.jooq.Record;

import com.weighttracker.shared.UserId;
import com.weighttracker.social.PostType;
import com.weighttracker.social.PostVisibility;
import com.weighttracker.social.domain.Comment;
import com.weighttracker.social.domain.CommentId;
import com.weighttracker.social.domain.ContentStatus;
import com.weighttracker.social.domain.Milestone;
import com.weighttracker.social.domain.Post;
import com.weighttracker.social.domain.PostId;
import com.weighttracker.social.domain.Tags;

/** Rows of posts and comments as the domain's aggregates. */
final class PostRows {

    private PostRows() {
    }

    static Post toPost(Record row) {
        var percent = row.get(POSTS.MILESTONE_PERCENT);
        var moderatedBy = row.get(POSTS.MODERATED_BY);
        return Post.restore(new PostId(row.get(POSTS.ID)), new UserId(row.get(POSTS.AUTHOR_ID)),
                PostType.valueOf(row.get(POSTS.TYPE)), row.get(POSTS.TITLE), row.get(POSTS.CONTENT),
                new Tags(Arrays.asList(row.get(POSTS.TAGS))), PostVisibility.valueOf(row.get(POSTS.VISIBILITY)),
                row.get(POSTS.TEAM_ID), percent == null ? null : new Milestone(percent, row.get(POSTS.MILESTONE_LOST_KG),
                        row.get(POSTS.MILESTONE_GOAL_REACHED_AT)),
                Arrays.asList(row.get(POSTS.IMAGE_IDS)),
                ContentStatus.valueOf(row.get(POSTS.STATUS)), row.get(POSTS.LIKE_COUNT), row.get(POSTS.COMMENT_COUNT),
                row.get(POSTS.CREATED_AT), row.get(POSTS.UPDATED_AT), row.get(POSTS.MODERATED_AT),
                moderatedBy == null ? null : new UserId(moderatedBy));
    }

    /**
     * A row whose fields are the posts table's, in the table's order, under any alias (a feed page
     * selects them from a lateral subquery): read by position, with none of the name lookups that
     * {@link #toPost} or {@code into(POSTS)} make for every field of every row.
     */
    static Post toPostByPosition(Record row) {
        var percent = (BigDecimal) row.get(MILESTONE_PERCENT);
        var moderatedBy = (UUID) row.get(MODERATED_BY);
        return Post.restore(new PostId((UUID) row.get(ID)), new UserId((UUID) row.get(AUTHOR_ID)),
                PostType.valueOf((String) row.get(TYPE)), (String) row.get(TITLE), (String) row.get(CONTENT),
                new Tags(Arrays.asList((String[]) row.get(TAGS))),
                PostVisibility.valueOf((String) row.get(VISIBILITY)), (UUID) row.get(TEAM_ID),
                percent == null ? null : new Milestone(percent, (BigDecimal) row.get(MILESTONE_LOST_KG),
                        (Instant) row.get(MILESTONE_GOAL_REACHED_AT)),
                Arrays.asList((UUID[]) row.get(IMAGE_IDS)),
                ContentStatus.valueOf((String) row.get(STATUS)), (Integer) row.get(LIKE_COUNT),
                (Integer) row.get(COMMENT_COUNT), (Instant) row.get(CREATED_AT),
                (Instant) row.get(UPDATED_AT), (Instant) row.get(MODERATED_AT),
                moderatedBy == null ? null : new UserId(moderatedBy));
    }

    private static final int ID = POSTS.indexOf(POSTS.ID);
    private static final int AUTHOR_ID = POSTS.indexOf(POSTS.AUTHOR_ID);
    private static final int TYPE = POSTS.indexOf(POSTS.TYPE);
    private static final int TITLE = POSTS.indexOf(POSTS.TITLE);
    private static final int CONTENT = POSTS.indexOf(POSTS.CONTENT);
    private static final int TAGS = POSTS.indexOf(POSTS.TAGS);
    private static final int VISIBILITY = POSTS.indexOf(POSTS.VISIBILITY);
    private static final int TEAM_ID = POSTS.indexOf(POSTS.TEAM_ID);
    private static final int MILESTONE_PERCENT = POSTS.indexOf(POSTS.MILESTONE_PERCENT);
    private static final int MILESTONE_LOST_KG = POSTS.indexOf(POSTS.MILESTONE_LOST_KG);
    private static final int MILESTONE_GOAL_REACHED_AT = POSTS.indexOf(POSTS.MILESTONE_GOAL_REACHED_AT);
    private static final int IMAGE_IDS = POSTS.indexOf(POSTS.IMAGE_IDS);
    private static final int STATUS = POSTS.indexOf(POSTS.STATUS);
    private static final int LIKE_COUNT = POSTS.indexOf(POSTS.LIKE_COUNT);
    private static final int COMMENT_COUNT = POSTS.indexOf(POSTS.COMMENT_COUNT);
    private static final int CREATED_AT = POSTS.indexOf(POSTS.CREATED_AT);
    private static final int UPDATED_AT = POSTS.indexOf(POSTS.UPDATED_AT);
    private static final int MODERATED_AT = POSTS.indexOf(POSTS.MODERATED_AT);
    private static final int MODERATED_BY = POSTS.indexOf(POSTS.MODERATED_BY);

    static Comment toComment(Record row) {
        var parent = row.get(COMMENTS.PARENT_ID);
        var moderatedBy = row.get(COMMENTS.MODERATED_BY);
        return Comment.restore(new CommentId(row.get(COMMENTS.ID)), new PostId(row.get(COMMENTS.POST_ID)),
                new UserId(row.get(COMMENTS.AUTHOR_ID)), parent == null ? null : new CommentId(parent),
                row.get(COMMENTS.DEPTH), row.get(COMMENTS.CONTENT), ContentStatus.valueOf(row.get(COMMENTS.STATUS)),
                row.get(COMMENTS.CREATED_AT), row.get(COMMENTS.UPDATED_AT), row.get(COMMENTS.MODERATED_AT),
                moderatedBy == null ? null : new UserId(moderatedBy));
    }
}
