/** Emulation titles, "Công dân học tập", provincial movement plans and nomination checks. */
module io.github.xhht.awards {
    requires transitive io.github.xhht.core;

    exports io.github.xhht.awards;
    exports io.github.xhht.awards.citizen;
    exports io.github.xhht.awards.nomination;
    exports io.github.xhht.awards.plan;
    exports io.github.xhht.awards.progress;
    exports io.github.xhht.awards.title;

    // core's Messages.load reads this module's message bundle through AwardMessages.class
    opens io.github.xhht.awards.nomination to io.github.xhht.core;
}
