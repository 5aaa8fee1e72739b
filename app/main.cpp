#include "commandline.h"

int main(int argc, char *argv[])
{
    return adesk::runCommandLine(argc, argv);
}
