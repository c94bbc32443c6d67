package com.weighttracker.support;

import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationContext;
import org.springframework.util.ClassUtils;

/** What an {@code @ApplicationModuleTest} really booted: the application modules that contributed beans. */
public final class ModuleBeans {

    private static final String ROOT = "com.weighttracker.";

    private ModuleBeans() {
    }

    /** The modules (the package segment below {@code com.weighttracker}) whose classes are beans in the context. */
    public static Set<String> modulesWithBeans(ApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .map(name -> context.getType(name, false))
                .filter(Objects::nonNull)
                .map(type -> ClassUtils.getUserClass(type).getPackageName())
                .filter(packageName -> packageName.startsWith(ROOT))
                .map(packageName -> packageName.substring(ROOT.length()).split("\\.")[0])
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** A user name no other test uses. */
    public static String uniqueName(String prefix) {
        return prefix + "_" + Long.toString(System.nanoTime() % 10_000_000_000L, 36);
    }
}
