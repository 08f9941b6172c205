package io.github.xhht.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.github.xhht.core.i18n.Lang;
import io.github.xhht.core.i18n.Messages;
import java.util.Collections;
import java.util.ResourceBundle;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class TextsTest {
    @Test
    void vietnameseAndEnglishHaveTheSameMessages() {
        ResourceBundle vi = Messages.load(Texts.class, "cli", Lang.VI);
        ResourceBundle en = Messages.load(Texts.class, "cli", Lang.EN);
        assertEquals(new TreeSet<>(Collections.list(vi.getKeys())), new TreeSet<>(Collections.list(en.getKeys())));
        for (String key : Collections.list(vi.getKeys())) {
            assertFalse(vi.getString(key).isBlank(), key);
            assertFalse(en.getString(key).isBlank(), key);
        }
    }
}
