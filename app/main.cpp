#include "cli.h"

int main(int argc, char **argv)
{
    return fl::app::runMain(argc, argv);
}
