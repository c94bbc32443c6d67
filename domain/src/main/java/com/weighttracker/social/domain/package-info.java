/** Social's model: posts, comments, tags, the plain-text rule, and what a moderator may do. */
package com.weighttracker.social.domain;
