package dev.schemagate.core.report;

import dev.schemagate.core.rules.Location;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class RenderContextTest {
    @TempDir
    Path root;

    @Test
    void filesBecomeRelativeToTheRepositoryRootWithSlashes() {
        RenderContext context = new RenderContext(root.resolve("services/orders"), root, null);
        assertThat(context.repositoryPath("db/V1__init.sql")).isEqualTo("services/orders/db/V1__init.sql");
        assertThat(context.repositoryPath("db\\V1__init.sql")).isEqualTo("services/orders/db/V1__init.sql");
        assertThat(context.repositoryPath("../shared/db/V1__init.sql")).isEqualTo("services/shared/db/V1__init.sql");
        assertThat(context.repositoryPath(root.resolve("services/orders/pom.xml").toString()))
                .isEqualTo("services/orders/pom.xml");
        assertThat(context.repositoryPath(null)).isNull();
        assertThat(context.modulePom()).isEqualTo("services/orders/pom.xml");
        Path outside = root.getParent().resolve("elsewhere/V1.sql");
        assertThat(context.repositoryPath(outside.toString())).isEqualTo(outside.toString().replace('\\', '/'));
    }

    @Test
    void withoutARepositoryRootTheModuleIsTheRoot() {
        RenderContext context = new RenderContext(root, null, " ");
        assertThat(context.repositoryRoot()).isEqualTo(context.moduleDir());
        assertThat(context.jobUrl()).isNull();
        assertThat(context.repositoryPath("db/V1__init.sql")).isEqualTo("db/V1__init.sql");
    }

    @Test
    void whereNamesFileLinePointerAndVersion() {
        RenderContext context = RenderContext.of(root);
        assertThat(context.where(new Location("db/U2.sql", 7, null, "/tables/t", null, "2")))
                .isEqualTo("db/U2.sql:7 /tables/t (V2)");
        assertThat(context.where(new Location(null, null, null, null, null, "0.9"))).isEqualTo("V0.9");
        assertThat(context.where(new Location(null, null, null, "/tables/t", null, null))).isEqualTo("/tables/t");
        assertThat(context.where(null)).isEmpty();
    }
}
