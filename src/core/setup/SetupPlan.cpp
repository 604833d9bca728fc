// placeholder until setup lands
namespace { }
