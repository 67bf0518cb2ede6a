package worker

import (
	"context"
	"sync"
)

// Run starts n goroutines that square the jobs they receive. Results come back on a buffered
// channel so a slow reader does not stall the workers; the channel is closed once all of them return.
func Run(ctx context.Context, n int, jobs <-chan int) <-chan int {
	results := make(chan int, n)
	var wg sync.WaitGroup
	for i := 0; i < n; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- j * j:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	return results
}
