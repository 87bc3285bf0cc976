"""``python -m baocao`` runs the CLI."""

from baocao.cli import main

main()
