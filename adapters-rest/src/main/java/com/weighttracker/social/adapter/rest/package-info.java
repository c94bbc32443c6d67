/** Social over HTTP: /v1/posts (feeds, likes, comments), /v1/comments and blocking under /v1/users. */
@PrimaryAdapter
package com.weighttracker.social.adapter.rest;

import org.jmolecules.architecture.hexagonal.PrimaryAdapter;
