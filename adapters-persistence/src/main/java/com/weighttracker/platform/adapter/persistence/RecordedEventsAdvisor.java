package com.weighttracker.platform.adapter.persistence;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.aop.framework.autoproxy.AbstractBeanFactoryAwareAdvisingPostProcessor;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Repository;

/**
 * Puts {@link RecordedEvents} around every {@code @Repository}: whatever aggregate a repository
 * method takes or returns is tracked, so its recorded events are published at commit.
 */
@Component
class RecordedEventsAdvisor extends AbstractBeanFactoryAwareAdvisingPostProcessor {

    RecordedEventsAdvisor(ObjectProvider<RecordedEvents> recordedEvents) {
        MethodInterceptor tracking = invocation -> {
            var tracker = recordedEvents.getObject();
            for (var argument : invocation.getArguments()) {
                tracker.track(argument); // before the write: outside a transaction it fails fast
            }
            var result = invocation.proceed();
            tracker.track(result);
            return result;
        };
        this.advisor = new DefaultPointcutAdvisor(new AnnotationMatchingPointcut(Repository.class, true), tracking);
        this.beforeExistingAdvisors = true;
    }
}
