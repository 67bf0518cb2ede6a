#include <stdio.h>
#include <stdlib.h>

/* Comparator for qsort: negative, zero or positive, like strcmp. */
static int by_value(const void *a, const void *b) {
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y); /* not x - y: that overflows */
}

int main(void) {
    int values[] = {42, 7, 19, 3, 88};
    size_t n = sizeof values / sizeof values[0];
    qsort(values, n, sizeof values[0], by_value);
    for (size_t i = 0; i < n; i++) printf("%d\n", values[i]);
    return 0;
}
