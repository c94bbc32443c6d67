/** Tells humans from bots via a CAPTCHA provider's siteverify API (Turnstile, hCaptcha, reCAPTCHA). */
@SecondaryAdapter
package com.weighttracker.identity.adapter.captcha;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
