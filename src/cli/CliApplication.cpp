// placeholder until the CLI lands
namespace { }
