#include "batchcommands.h"
namespace adesk {
int runSeedDemo(const BatchContext &) { return 1; } // TODO replaced by the demo seeder
}
