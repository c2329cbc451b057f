"""Plain domain objects and vocabularies: plans, sectors, measures, timing."""
