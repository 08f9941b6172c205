package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.cli.catalog.Catalog;
import io.github.xhht.cli.catalog.SourceIndex;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The build check: the committed docs/catalog must be what the code generates today. */
class CatalogIsCurrentTest {

    @Test
    void theCommittedCatalogueMatchesTheCode() throws IOException {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<String> drift = Catalog.drift(root.resolve(Catalog.DIRECTORY),
                new Catalog(Registry.standard(), SourceIndex.scan(root)).files());
        assertTrue(drift.isEmpty(), () -> Catalog.DIRECTORY + " is out of date with the code (" + String.join("; ", drift)
                + "). Regenerate it at the repository root with: " + Catalog.REGENERATE + " and commit the result.");
    }
}
