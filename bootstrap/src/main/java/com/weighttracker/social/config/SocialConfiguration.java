package com.weighttracker.social.config;

import java.time.Clock;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import com.weighttracker.social.application.LivePostService;
import com.weighttracker.shared.application.LiveUpdates;
import com.weighttracker.identity.PlatformModerators;
import com.weighttracker.identity.UserDirectory;
import com.weighttracker.shared.application.IdGenerator;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.social.application.BlockService;
import com.weighttracker.social.application.CommentService;
import com.weighttracker.social.application.DepartingAuthorsService;
import com.weighttracker.social.application.FeedService;
import com.weighttracker.social.application.LikeService;
import com.weighttracker.social.application.ModerationService;
import com.weighttracker.social.application.PostImageService;
import com.weighttracker.social.application.PostService;
import com.weighttracker.social.application.PostViews;
import com.weighttracker.social.application.port.out.AuthorContent;
import com.weighttracker.social.application.port.out.BlockRepository;
import com.weighttracker.social.application.port.out.CommentRepository;
import com.weighttracker.social.application.port.out.FeedReader;
import com.weighttracker.social.application.port.out.ModerationReader;
import com.weighttracker.social.application.port.out.PostRepository;
import com.weighttracker.social.application.port.out.ReportRepository;
import com.weighttracker.social.domain.KeywordFilter;
import com.weighttracker.teams.TeamMembership;
import com.weighttracker.tracking.GoalQuery;
import com.weighttracker.tracking.ProgressQuery;

/** Social (FR-4.1): posts, feeds, likes, comments, blocking, departing authors. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SocialConfiguration.ModerationProperties.class)
class SocialConfiguration {

    /**
     * Auto-flagging: text containing one of {@code keywords} or {@code healthRail} (phrases promoting
     * unsafe weight loss), in any case, is held for a moderator's review.
     */
    @ConfigurationProperties("weighttracker.social.moderation")
    record ModerationProperties(List<String> keywords, List<String> healthRail) {

        ModerationProperties {
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
            healthRail = healthRail == null ? List.of() : List.copyOf(healthRail);
        }
    }

    @Bean
    KeywordFilter socialKeywordFilter(ModerationProperties moderation) {
        return KeywordFilter.of(moderation.keywords(), moderation.healthRail());
    }

    @Bean
    PostViews postViews(PostRepository posts, FeedReader feed, BlockRepository blocks, TeamMembership teams,
            UserDirectory users) {
        return new PostViews(posts, feed, blocks, teams, users);
    }

    @Bean
    PostService postService(PostRepository posts, ReportRepository reports, PostViews views, TeamMembership teams,
            ProgressQuery progress,
            UserDirectory users, KeywordFilter socialKeywordFilter, ImageStore images, Transactions transactions,
            IdGenerator ids, GoalQuery goals, Clock clock) {
        return new PostService(posts, reports, views, teams, progress, users, socialKeywordFilter, images, transactions, ids,
                goals, clock);
    }

    @Bean
    PostImageService postImageService(PostRepository posts, PostViews views, ImageStore images,
            Transactions transactions, IdGenerator ids) {
        return new PostImageService(posts, views, images, transactions, ids);
    }

    @Bean
    FeedService feedService(FeedReader feed, PostViews views, TeamMembership teams) {
        return new FeedService(feed, views, teams);
    }

    @Bean
    LikeService likeService(PostRepository posts, PostViews views, Transactions transactions, Clock clock) {
        return new LikeService(posts, views, transactions, clock);
    }

    @Bean
    CommentService commentService(CommentRepository comments, ReportRepository reports, PostRepository posts,
            BlockRepository blocks,
            PostViews views, TeamMembership teams, KeywordFilter socialKeywordFilter, Transactions transactions,
            IdGenerator ids, Clock clock) {
        return new CommentService(comments, reports, posts, blocks, views, teams, socialKeywordFilter, transactions, ids,
                clock);
    }

    @Bean
    ModerationService moderationService(ReportRepository reports, ModerationReader reader, PostRepository posts,
            CommentRepository comments, PostViews views, TeamMembership teams, PlatformModerators platform,
            UserDirectory users, Transactions transactions, IdGenerator ids, Clock clock) {
        return new ModerationService(reports, reader, posts, comments, views, teams, platform, users, transactions,
                ids, clock);
    }

    /** Also the published {@code social.Blocks} query. */
    @Bean
    BlockService blockService(BlockRepository blocks, UserDirectory users, Transactions transactions, Clock clock) {
        return new BlockService(blocks, users, transactions, clock);
    }

    @Bean
    DepartingAuthorsService departingAuthorsService(AuthorContent content, ImageStore images,
            Transactions transactions) {
        return new DepartingAuthorsService(content, images, transactions);
    }

    @Bean
    LivePostService livePostService(LiveUpdates live) {
        return new LivePostService(live);
    }
}
