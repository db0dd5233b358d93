namespace x{}
