package com.weighttracker.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.weighttracker.shared.InConflict;
import com.weighttracker.shared.NotPermitted;
import com.weighttracker.shared.Rejection;

/** ADR 17's rules hold for the application, and they do fail on the forms they forbid. */
class RejectionRulesTest {

    private static final JavaClasses APPLICATION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("com.weighttracker");

    @Test
    void rejectionsAreNamedForWhatHappenedAndDeclaredInTheDomain() {
        RejectionRules.REJECTIONS_ARE_NAMED_FOR_WHAT_HAPPENED.check(APPLICATION);
        RejectionRules.REJECTIONS_ARE_DECLARED_IN_THE_DOMAIN.check(APPLICATION);
    }

    @Test
    void contextsWithNamedRejectionsThrowOnlyThose() {
        RejectionRules.refuseOnlyWithNamedRules(RejectionRules.CONTEXTS_WITH_NAMED_REJECTIONS).check(APPLICATION);
    }

    @Test
    void aRejectionNamedAfterAnHttpCategoryOutsideTheDomainFailsBothRules() {
        var fixture = new ClassFileImporter().importClasses(ForbiddenException.class, Rejection.class);

        assertThat(RejectionRules.REJECTIONS_ARE_NAMED_FOR_WHAT_HAPPENED.evaluate(fixture).hasViolation()).isTrue();
        assertThat(RejectionRules.REJECTIONS_ARE_DECLARED_IN_THE_DOMAIN.evaluate(fixture).hasViolation()).isTrue();
    }

    @Test
    void throwingAGenericKindFailsTheNamedRulesRuleAndANamedOnePasses() {
        var generic = new ClassFileImporter().importClasses(RefusesGenerically.class, InConflict.class);
        var named = new ClassFileImporter().importClasses(RefusesByName.class, BoardFull.class, InConflict.class);

        assertThat(RejectionRules.refuseOnlyWithNamedRules("com.weighttracker.architecture..").evaluate(generic)
                .hasViolation()).isTrue();
        assertThat(RejectionRules.refuseOnlyWithNamedRules("com.weighttracker.architecture..").evaluate(named)
                .hasViolation()).isFalse();
    }

    static final class ForbiddenException extends NotPermitted {
        private static final long serialVersionUID = 1L;

        ForbiddenException() {
            super("no");
        }
    }

    static final class BoardFull extends InConflict {
        private static final long serialVersionUID = 1L;

        BoardFull() {
            super("BOARD_FULL", null, "The board is full.");
        }
    }

    static class RefusesGenerically {
        void refuse() {
            throw new InConflict(null, "The board is full.");
        }
    }

    static class RefusesByName {
        void refuse() {
            throw new BoardFull();
        }
    }
}
