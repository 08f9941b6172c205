package io.github.xhht.core.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LifecycleMessagesTest {

    @Test
    void everyReasonCodeHasAMessageInBothLanguages() {
        for (CitedReason.Code code : CitedReason.Code.values()) {
            for (Lang lang : Lang.values()) {
                assertTrue(LifecycleMessages.of(lang).has("lifecycle." + code.name()), code + " in " + lang);
            }
        }
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        ResourceBundle vi = Messages.load(LifecycleMessages.class, "lifecycle", Lang.VI);
        ResourceBundle en = Messages.load(LifecycleMessages.class, "lifecycle", Lang.EN);
        assertEquals(Set.copyOf(en.keySet()), Set.copyOf(vi.keySet()));
    }
}
