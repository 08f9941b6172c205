/** Thông tư 24/2023/TT-BGDĐT, "Đơn vị học tập" (Learning Units): the scheme {@code tt24}. */
module io.github.xhht.tt24 {
    requires transitive io.github.xhht.core;

    exports io.github.xhht.tt24;
}
