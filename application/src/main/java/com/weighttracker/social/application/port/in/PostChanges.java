package com.weighttracker.social.application.port.in;

import java.util.List;

import com.weighttracker.shared.Patch;

/** A merge patch of a post: absent fields stay; the title can be cleared, the content cannot. */
public record PostChanges(Patch<String> title, Patch<String> content, Patch<List<String>> tags) {
}
