package com.weighttracker.social.adapter.persistence;

import static com.weighttracker.social.adapter.persistence.schema.Tables.COMMENTS;
import static com.weighttracker.social.adapter.persistence.schema.Tables.POSTS;

import java.util.Arrays;

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
