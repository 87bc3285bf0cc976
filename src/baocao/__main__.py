"""``python -m baocao`` and the ``baocao`` console script: the collector held while the
CLI and a command's library load (``collector``), then the CLI (``cli.main``)."""

from baocao.collector import hold, restore


def main() -> None:
    """The console script."""
    hold()
    try:
        from baocao.cli import main as run_cli

        run_cli()
    finally:
        restore()  # a run that stopped before a command released it (``--help``)


if __name__ == "__main__":
    main()
