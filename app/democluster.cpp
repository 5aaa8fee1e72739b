#include "democluster.h"
namespace adesk {
DemoCluster::DemoCluster() = default;
DemoCluster::~DemoCluster() = default;
bool DemoCluster::start(QString *problem) { *problem = QStringLiteral("not implemented"); return false; }
void DemoCluster::stop() {}
QString DemoCluster::superuserConninfo() const { return {}; }
QString DemoCluster::loginConninfo(const QString &) const { return {}; }
}
