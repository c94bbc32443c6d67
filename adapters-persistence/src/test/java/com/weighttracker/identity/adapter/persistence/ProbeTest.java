package com.weighttracker.identity.adapter.persistence;

import static com.weighttracker.identity.adapter.persistence.schema.Identity.IDENTITY;

import org.junit.jupiter.api.Test;

class ProbeTest {
    @Test
    void probe() {
        var dsl = TestDatabase.dsl();
        var real = dsl.meta().filterSchemas(s -> s.getName().equals("identity"));
        System.out.println("REAL: " + real.ddl());
        System.out.println("GEN: " + dsl.meta(IDENTITY).ddl());
        System.out.println("DIFF: " + dsl.meta(IDENTITY).migrateTo(real));
        for (var t : real.getTables()) for (var f : t.fields()) System.out.println(t.getName()+"."+f.getName()+" "+f.getDataType().getTypeName()+" "+f.getDataType().getCastTypeName()+" "+f.getDataType().nullable()+" "+f.getType());
    }
}
