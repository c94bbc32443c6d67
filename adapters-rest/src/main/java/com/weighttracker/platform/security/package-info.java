/** The vocabulary of our access tokens, shared by the adapters that issue and those that check them. */
package com.weighttracker.platform.security;
