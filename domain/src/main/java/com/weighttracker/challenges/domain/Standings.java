package com.weighttracker.challenges.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

import com.weighttracker.challenges.domain.Scoring.Score;
import com.weighttracker.shared.UserId;

/**
 * A challenge's participants ranked by score, highest first; equal scores share a rank (1, 1, 3).
 * Participants without a baseline are listed after everyone else, unranked.
 */
public final class Standings {

    public record Standing(Participant participant, Score score, Integer rank) {
    }

    private final List<Standing> ranked;

    private Standings(List<Standing> ranked) {
        this.ranked = List.copyOf(ranked);
    }

    public static Standings of(Challenge challenge, Collection<Participant> participants, LocalDate today) {
        var scored = new ArrayList<Standing>(participants.size());
        participants.forEach(p -> scored.add(new Standing(p, Scoring.score(challenge, p, today), null)));
        scored.sort(Comparator.comparing((Standing s) -> !s.score().qualified())
                .thenComparing(s -> s.score().value(), Comparator.reverseOrder())
                .thenComparing(s -> s.participant().joinedAt())
                .thenComparing(s -> s.participant().userId().value()));
        var result = new ArrayList<Standing>(scored.size());
        for (var i = 0; i < scored.size(); i++) {
            var current = scored.get(i);
            Integer rank = null;
            if (current.score().qualified()) {
                var previous = i == 0 ? null : result.get(i - 1);
                rank = previous != null && previous.rank() != null
                        && previous.score().value().compareTo(current.score().value()) == 0 ? previous.rank() : i + 1;
            }
            result.add(new Standing(current.participant(), current.score(), rank));
        }
        return new Standings(result);
    }

    public List<Standing> all() {
        return ranked;
    }

    /** Those ranked first with a score above zero: nobody wins by standing still. */
    public List<UserId> leaders() {
        return ranked.stream().filter(s -> s.rank() != null && s.rank() == 1 && s.score().value().signum() > 0)
                .map(s -> s.participant().userId()).toList();
    }

    /** Those whose score reaches the challenge's target now. */
    public List<UserId> reaching(Challenge challenge) {
        return ranked.stream().filter(s -> s.score().reaches(challenge.target()))
                .map(s -> s.participant().userId()).toList();
    }
}
