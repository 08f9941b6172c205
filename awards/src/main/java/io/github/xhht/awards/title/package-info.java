/**
 * Emulation titles of Law 06/2022/QH15 as prerequisites: {@link io.github.xhht.awards.title.EmulationTitle}
 * (codes, labels, "or higher" order) and the cited standards of "Lao động tiên tiến" (Art. 24), "Chiến sĩ
 * thi đua cơ sở" (Art. 23), "Tập thể lao động xuất sắc" (Art. 27) and "Tập thể lao động tiên tiến"
 * (Art. 28, old-law wording, flagged in every label). {@link io.github.xhht.awards.title.TitleStandards}
 * gives them as the scheme {@code titles} (Level 1 / Level 2 = the lower / higher title of each recipient
 * kind) and as single rules for nomination checks. Where the sources conflict or are silent, the reading
 * is an overridable option of {@link io.github.xhht.awards.title.TitleOptions}: T-1 (which achievements
 * make a grassroots emulation fighter) and T-2 (the members' share for the advanced collective).
 */
package io.github.xhht.awards.title;
