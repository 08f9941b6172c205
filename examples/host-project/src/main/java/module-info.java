/** The host as a named module: xhht on the module path, as a modular province system would use it. */
module vn.example.province {
    requires io.github.xhht.tt25;
    requires io.github.xhht.tt24;
    requires io.github.xhht.awards;

    exports vn.example.province;
}
