package io.github.xhht.bench.baseline;

import io.github.xhht.core.model.Dossier;
import io.github.xhht.core.model.Fact;
import io.github.xhht.core.model.SubjectAttribute;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.drools.model.codegen.ExecutableModelProject;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.runtime.StatelessKieSession;

/**
 * Drools baseline: the TT 25 commune rules as DRL ({@code commune.drl}), compiled once to the executable
 * model, run in a stateless session per dossier. The dossier's facts become {@link Item} beans and the
 * {@link Tally} collects the rules that fired.
 */
public final class DroolsCommune {
    private final StatelessKieSession session;

    public DroolsCommune() {
        KieServices services = KieServices.get();
        KieFileSystem files = services.newKieFileSystem();
        files.write("src/main/resources/io/github/xhht/bench/baseline/commune.drl", drl());
        KieBuilder builder = services.newKieBuilder(files).buildAll(ExecutableModelProject.class);
        if (builder.getResults().hasMessages(Message.Level.ERROR)) {
            throw new IllegalStateException("commune.drl does not compile: " + builder.getResults().getMessages());
        }
        KieBase base = services.newKieContainer(services.getRepository().getDefaultReleaseId()).getKieBase();
        this.session = base.newStatelessKieSession();
    }

    /** The highest level the commune meets: 2, 1 or 0. */
    public int highestLevel(Dossier dossier) {
        Map<String, Fact> facts = dossier.facts();
        List<Object> working = new ArrayList<>(facts.size() + 1);
        Tally tally = new Tally(dossier.subject().has(SubjectAttribute.DIFFICULT_AREA));
        working.add(tally);
        for (Map.Entry<String, Fact> e : facts.entrySet()) {
            working.add(new Item(e.getKey(), e.getValue()));
        }
        session.execute(working);
        return tally.highestLevel();
    }

    private static String drl() {
        try (InputStream in = DroolsCommune.class.getResourceAsStream("commune.drl")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
