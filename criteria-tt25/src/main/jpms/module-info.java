/** Thông tư 25/2023/TT-BGDĐT, "Cộng đồng học tập" (Learning Communities): the scheme {@code tt25}. */
module io.github.xhht.tt25 {
    requires transitive io.github.xhht.core;

    exports io.github.xhht.tt25;
}
