-- A milestone post says whether the author's goal was reached when posting (tracking's GoalQuery): a
-- moment, never the goal's mass, so it is shown to every reader, also for authors with private weights.
alter table social.posts
    add column milestone_goal_reached_at timestamp with time zone;
