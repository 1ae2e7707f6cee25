/* Issue 18, finding 9: the sanitizer build must catch a double converted
 * to an integer type it does not fit (gcc's -fsanitize=undefined leaves out
 * float-cast-overflow). ctest runs this in a DG_SANITIZE build and expects
 * it to fail. */
#include <stddef.h>
#include <stdio.h>

int main(void)
{
  volatile double big = 1e300;
  size_t n = (size_t)big; /* undefined behaviour: reported, and halts the program */
  printf("%zu: the sanitizer missed a float-cast overflow\n", n);
  return 0;
}
