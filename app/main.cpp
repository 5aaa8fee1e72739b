#include "app/commandline.h"

#include <QtGlobal>

int main(int argc, char *argv[]) {
    // The migrations, demo documents and icons are compiled into the static adesk_models library;
    // register them explicitly so the linker keeps them.
    Q_INIT_RESOURCE(resources);
    return adesk::runCommandLine(argc, argv);
}
