"""``python -m newsmodel``: the same command line as the ``newsmodel`` script."""

from newsmodel.cli import main

if __name__ == "__main__":
    main(prog_name="newsmodel")
