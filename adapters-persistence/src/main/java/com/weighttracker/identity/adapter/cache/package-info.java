/** Users' facts kept in this process when it is the only one (ADR 20). */
@SecondaryAdapter
package com.weighttracker.identity.adapter.cache;

import org.jmolecules.architecture.hexagonal.SecondaryAdapter;
