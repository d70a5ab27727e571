// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include <cstdio>
#include <new>

int main(int argc, char **argv)
{
    try {
        return fl::app::runMain(argc, argv);
    } catch (const std::bad_alloc &) {
        // The last resort: scenarios are refused up front when their estimate exceeds the memory
        // limit, so reaching this means the estimate was wrong or the machine is short of memory.
        std::fputs("failover-lab: out of memory (the run needed more than the machine could give; "
                   "try a shorter --duration, fewer keys or a longer metrics interval)\n",
                   stderr);
        return 4;
    }
}
