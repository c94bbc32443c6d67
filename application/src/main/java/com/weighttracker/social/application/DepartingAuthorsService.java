package com.weighttracker.social.application;

import com.weighttracker.shared.UserId;
import com.weighttracker.shared.application.Transactions;
import com.weighttracker.shared.application.images.ImageStore;
import com.weighttracker.social.application.port.in.DepartingAuthorsUseCase;
import com.weighttracker.social.application.port.out.AuthorContent;

/** Hides, shows again or forgets an author's content as identity's lifecycle events arrive; each idempotent. */
public final class DepartingAuthorsService implements DepartingAuthorsUseCase {

    private final AuthorContent content;
    private final ImageStore images;
    private final Transactions transactions;

    public DepartingAuthorsService(AuthorContent content, ImageStore images, Transactions transactions) {
        this.content = content;
        this.images = images;
        this.transactions = transactions;
    }

    @Override
    public void hide(UserId author) {
        transactions.inTransaction(() -> content.hide(author));
    }

    @Override
    public void show(UserId author) {
        transactions.inTransaction(() -> content.show(author));
    }

    @Override
    public void forget(UserId author) {
        var deleted = transactions.inTransaction(() -> content.delete(author));
        deleted.forEach((post, postImages) -> postImages
                .forEach(image -> images.discard(PostImageService.keyOf(post, image))));
    }
}
