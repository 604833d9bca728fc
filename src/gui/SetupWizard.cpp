// placeholder until the wizard lands
namespace { }
