package com.weighttracker.social.adapter.rest;

import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

import com.weighttracker.platform.adapter.rest.ImageExchange;
import com.weighttracker.social.application.port.in.AuthorView;
import com.weighttracker.social.application.port.in.BlockView;
import com.weighttracker.social.application.port.in.CommentView;
import com.weighttracker.social.application.port.in.ContentHistoryView;
import com.weighttracker.social.application.port.in.ModeratedView;
import com.weighttracker.social.application.port.in.ReportView;
import com.weighttracker.social.application.port.in.ReviewItemView;
import com.weighttracker.social.application.port.in.FeedPage;
import com.weighttracker.social.application.port.in.LikeView;
import com.weighttracker.social.application.port.in.MilestoneView;
import com.weighttracker.social.application.port.in.PostView;

/** The social use cases' views as the REST adapter's responses (ADR 18). Generated as a Spring bean. */
@Mapper(imports = ImageExchange.class)
interface SocialRestMapper {

    @Mapping(target = "imageUrls", expression = "java(imageUrls(post))")
    SocialResponses.Post toPost(PostView post);

    default java.util.List<String> imageUrls(PostView post) {
        return post.imageIds().stream().map(image -> "/v1/posts/" + post.id() + "/images/" + image).toList();
    }

    SocialResponses.PostFeed toFeed(FeedPage page);

    @Mapping(target = "avatarUrl",
            expression = "java(author.hasAvatar() ? ImageExchange.userAvatarUrl(author.id()) : null)")
    SocialResponses.PostAuthor toAuthor(AuthorView author);

    SocialResponses.PostMilestone toMilestone(MilestoneView milestone);

    SocialResponses.PostLikes toLikes(LikeView likes);

    SocialResponses.PostComment toComment(CommentView comment);

    SocialResponses.BlockedUser toBlocked(BlockView block);

    SocialResponses.ContentReport toReport(ReportView report);

    SocialResponses.ReviewItem toReviewItem(ReviewItemView item);

    SocialResponses.ModeratedItem toModerated(ModeratedView item);

    SocialResponses.ContentHistoryItem toHistoryItem(ContentHistoryView item);
}
